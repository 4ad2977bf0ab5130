# Checks math trig functions, atan2 quadrants, hypot, degrees and radians
import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(2, 3, 6), math.hypot())
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.sinh(1), math.cosh(0), math.tanh(0.5))
print(round(math.sin(math.pi / 6), 10))
