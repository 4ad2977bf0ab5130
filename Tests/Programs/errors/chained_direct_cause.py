# raise ... from ... prints the cause first, linked by "direct cause"
class ConfigError(Exception):
    pass

def to_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port: " + text) from e

to_port("http")
