def sgd_momentum_step(w, g, v, lr, mu=0.9, weight_decay=0.0):
    g_eff = g + weight_decay * w
    v_new = mu * v - lr * g_eff
    return w + v_new, v_new
