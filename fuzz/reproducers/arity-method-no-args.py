# Builtin methods index args[] without an arity check (Array index out of range).
{}.get()
