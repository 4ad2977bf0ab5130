# Classes subscripted for type hints are types.GenericAlias objects, as in CPython: they print
# as written, call their class, forward attributes to it and compare by class and arguments.
import asyncio, collections, contextvars
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, list[int].__name__)
print(dict[str, list[int]])
q: asyncio.Queue[int] = asyncio.Queue()
print(asyncio.Queue[int], collections.deque[int], contextvars.ContextVar[int] is contextvars.ContextVar)
buf: collections.deque[int] = collections.deque(maxlen=3)
print(buf, collections.OrderedDict[str, int], collections.Counter[str])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList[str])
def f(x: list[str]) -> dict[str, int]: return {}
print(type(list[int]))
try:
    list[int][str]
except TypeError as e:
    print(e)
class Box:
    pass
print(asyncio.Future[Box], asyncio.Task[None])
