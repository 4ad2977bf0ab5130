# Checks upper, lower, title, capitalize, swapcase and casefold
s = "hello WORLD, it's a fine-day 42x"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("hello\tthere".title(), "HELLO".casefold())
print("aBc".capitalize(), "".capitalize(), "123abc".capitalize())
print("they're bill's friends".title())
print("ÉCOLE".lower(), "éCOLE".capitalize())
