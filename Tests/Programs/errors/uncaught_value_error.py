# an uncaught exception prints a traceback to stderr after earlier stdout output
print("before the error")
raise ValueError("something went wrong")
