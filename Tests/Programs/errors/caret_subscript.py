# a failing subscript gets ~ under the object and ^ under the index
config = {"name": "coil", "version": 1}
def get(key):
    return config[key]
print(get("name"))
value = get("missing") or "default"
