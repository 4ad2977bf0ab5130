# an exception raised in finally while another propagates shows both via "During handling"
def work():
    try:
        raise KeyError("original")
    finally:
        raise OSError("cleanup failed")

work()
