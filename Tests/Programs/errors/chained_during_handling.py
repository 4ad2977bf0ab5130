# an exception raised inside an except block prints both tracebacks, linked by "During handling"
def read_config(d):
    try:
        return d["path"]
    except KeyError:
        raise RuntimeError("config is incomplete")

read_config({})
