# heapq.nlargest and nsmallest: n, key functions, ties keep input order, iterators and short inputs
import heapq

scores = [88, 92, 75, 92, 60, 99, 85, 75]
print(heapq.nlargest(3, scores), heapq.nsmallest(3, scores))
print(heapq.nlargest(1, scores), heapq.nsmallest(1, []), heapq.nlargest(0, scores), heapq.nlargest(-2, scores))
print(heapq.nlargest(20, scores), heapq.nsmallest(8, scores))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, iter(scores)), heapq.nlargest(4, (n * n % 17 for n in range(30))))
print(heapq.nlargest(3, "heapq module"), heapq.nsmallest(2, {"b": 1, "a": 2, "c": 0}))
portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
]
print([s["name"] for s in heapq.nsmallest(2, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(2, portfolio, key=lambda s: s["price"])])
print(heapq.nlargest(3, [1.5, 2, True, -3]), heapq.nsmallest(2, [[2, 1], [1, 9], [1, 2]]))
for bad in [lambda: heapq.nlargest("2", [1, 2]), lambda: heapq.nsmallest(2, 5), lambda: heapq.nlargest(2),
            lambda: heapq.nsmallest(2, iter([1, 2, 3]), key=len), lambda: heapq.nlargest(2, [1, 2], reverse=True)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
