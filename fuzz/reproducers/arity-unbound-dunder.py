# Unbound object dunders called without self.
int.__repr__()
