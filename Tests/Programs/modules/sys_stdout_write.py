# Checks sys.stdout.write returns the character count and interleaves with print
import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
sys.stdout.write("no newline; ")
print("then print")
print(sys.stdout.write(""))
sys.stdout.write("é😀\n")
sys.stdout.flush()
print("end")
