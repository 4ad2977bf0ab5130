# nested function frames show their plain function name
def outer():
    def inner():
        raise IndexError("from inner")
    inner()

outer()
