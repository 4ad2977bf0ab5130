# popping from an empty deque at the top level prints CPython's traceback and IndexError message
from collections import deque
tasks = deque(["build", "test"])
while True:
    print("running", tasks.popleft())
