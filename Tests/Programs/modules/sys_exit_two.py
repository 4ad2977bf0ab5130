# Checks sys.exit(2) exits with status 2 and writes nothing to stderr
import sys
print("exiting with 2")
sys.exit(2)
