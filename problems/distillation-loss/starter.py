import numpy as np


def distillation_loss(student_logits, teacher_logits, labels, T=2.0, alpha=0.5):
    """alpha * T**2 * KL(teacher_T || student_T) + (1 - alpha) * CE(student, labels), both averaged over rows.

    Returns (loss as a float, gradient w.r.t. student_logits).
    """
    raise NotImplementedError("distillation_loss is not implemented yet")
