# exceptions not matched by any except* clause are re-raised as a group
try:
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    print("handled the ValueError")
