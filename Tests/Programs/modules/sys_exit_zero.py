# Checks sys.exit(0) ends the program successfully without running later code
import sys
print("before")
sys.exit(0)
print("after")
