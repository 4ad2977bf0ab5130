# collections.deque with maxlen: bounded history, sliding windows and the repr with maxlen
from collections import deque

history = deque(maxlen=3)
for command in ["ls", "cd /tmp", "pwd", "echo hi", "exit"]:
    history.append(command)
    print(list(history))
print(history, history.maxlen)
history.appendleft("first")
print(history)
history.extendleft(["x", "y"])
print(history)
print(deque(range(10), 4), deque([1, 2, 3], maxlen=0), deque(maxlen=2))

# The last lines of a file, like `tail`.
def tail(lines, n=2):
    return deque(lines, maxlen=n)
print(tail(["one", "two", "three", "four"]))

# Moving average over a sliding window.
def moving_average(values, size):
    window = deque(maxlen=size)
    for v in values:
        window.append(v)
        if len(window) == size:
            yield sum(window) / size
print(list(moving_average([40, 30, 50, 46, 39, 44], 3)))

full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(full + deque([3, 4, 5]), full * 3, full.copy())
for bad in [lambda: deque([], -1), lambda: deque([], "2"), lambda: deque([], 2, 3), lambda: deque(size=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    full.maxlen = 5
except AttributeError as e:
    print("AttributeError")
