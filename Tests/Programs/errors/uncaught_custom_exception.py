# an uncaught user-defined exception shows its class name and message
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"cannot withdraw {amount} from {balance}")
    return balance - amount

print(withdraw(100, 30))
withdraw(10, 30)
