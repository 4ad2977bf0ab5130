# code running in a class body has a frame named after the class
class Settings:
    defaults = {"debug": False}
    level = defaults["verbosity"]
