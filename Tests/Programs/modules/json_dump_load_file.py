# json.dump and json.load round-trip data through a file object
import json

path = "/tmp/coil_json_dump_load_test.json"
settings = {"theme": "dark", "font": {"family": "mono", "size": 12}, "recent": ["a.txt", "b.py"]}
with open(path, "w") as f:
    json.dump(settings, f, indent=2)
with open(path) as f:
    print(f.read())
with open(path) as f:
    loaded = json.load(f)
print(loaded == settings, loaded["font"]["size"])

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
sink = Sink()
json.dump([1, 2, 3], sink)
print("".join(sink.parts))

class Source:
    def read(self):
        return '{"from": "object with read()"}'
print(json.load(Source()))
