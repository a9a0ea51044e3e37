# Wrong: adds weight_decay * w to the gradient (Adam with L2), so the decay goes through the moments.
import numpy as np


def adamw_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01, no_decay=()):
    if not isinstance(params, dict) or not isinstance(grads, dict):
        raise TypeError("params and grads must be dicts of arrays")
    if set(grads) != set(params):
        raise ValueError("grads must have exactly the keys of params")
    t = 1 if state is None else int(state["t"]) + 1
    old_m = {} if state is None else state["m"]
    old_v = {} if state is None else state["v"]
    new_params, new_m, new_v = {}, {}, {}
    for name, w in params.items():
        w = np.asarray(w, dtype=np.float64)
        g = grads[name]
        if g is None:
            new_params[name] = w.copy()
            if name in old_m:
                new_m[name] = np.array(old_m[name], dtype=np.float64)
                new_v[name] = np.array(old_v[name], dtype=np.float64)
            continue
        g = np.asarray(g, dtype=np.float64) + (0.0 if name in no_decay else weight_decay) * w
        if g.shape != w.shape:
            raise ValueError("gradient of %r has shape %s, parameter has %s" % (name, g.shape, w.shape))
        m = np.asarray(old_m.get(name, np.zeros_like(w)), dtype=np.float64)
        v = np.asarray(old_v.get(name, np.zeros_like(w)), dtype=np.float64)
        m = beta1 * m + (1.0 - beta1) * g
        v = beta2 * v + (1.0 - beta2) * g * g
        m_hat = m / (1.0 - beta1 ** t)
        v_hat = v / (1.0 - beta2 ** t)
        decay = 0.0
        new_params[name] = w - lr * (m_hat / (np.sqrt(v_hat) + eps) + decay * w)
        new_m[name], new_v[name] = m, v
    return new_params, {"t": t, "m": new_m, "v": new_v}
