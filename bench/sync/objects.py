# objects: class instances, attribute access and method calls -- a small
# particle system with a Vec class, an inheritance chain using super(),
# class attributes, operator dunder methods, and isinstance checks.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def sub(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __add__(self, other):
        return self.add(other)

    def __mul__(self, k):
        return self.scale(k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"


class Particle:
    count = 0

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.age = 0
        Particle.count += 1

    def kind(self):
        return "particle"

    def step(self, dt):
        self.pos = self.pos + self.vel * dt
        self.age += 1

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    def describe(self):
        return self.kind() + "@" + str(self.age)


class Charged(Particle):
    def __init__(self, pos, vel, mass, charge):
        super().__init__(pos, vel, mass)
        self.charge = charge

    def kind(self):
        return "charged"

    def step(self, dt):
        # a charge drifts in a constant field, then moves like any particle
        self.vel = self.vel.add(Vec(0.0, self.charge * dt))
        super().step(dt)

    def energy(self):
        return super().energy() + abs(self.charge) * 0.01


class Heavy(Charged):
    def __init__(self, pos, vel, mass, charge):
        super().__init__(pos, vel, mass * 10, charge)

    def kind(self):
        return "heavy-" + super().kind()


class Box:
    def __init__(self, size):
        self.size = size
        self.bounces = 0

    def contain(self, p):
        if p.pos.x < 0.0 or p.pos.x > self.size:
            p.vel = Vec(-p.vel.x, p.vel.y)
            self.bounces += 1
        if p.pos.y < 0.0 or p.pos.y > self.size:
            p.vel = Vec(p.vel.x, -p.vel.y)
            self.bounces += 1


def make_particles(n):
    ps = []
    for i in range(n):
        pos = Vec(float(i % 10), float((i * 7) % 10))
        vel = Vec(((i * 3) % 11 - 5) * 0.1, ((i * 5) % 13 - 6) * 0.1)
        if i % 3 == 0:
            ps.append(Particle(pos, vel, 1.0 + i % 4))
        elif i % 3 == 1:
            ps.append(Charged(pos, vel, 1.0, (i % 5 - 2) * 0.5))
        else:
            ps.append(Heavy(pos, vel, 1.0, (i % 7 - 3) * 0.25))
    return ps


def main():
    ps = make_particles(300)
    box = Box(10.0)
    for t in range(1600):
        for p in ps:
            p.step(0.05)
            box.contain(p)
    total = 0.0
    kinds = {}
    for p in ps:
        total += p.energy()
        d = p.describe()
        kinds[d] = kinds.get(d, 0) + 1
    heavy = 0
    charged = 0
    for p in ps:
        if isinstance(p, Heavy):
            heavy += 1
        if isinstance(p, Charged):
            charged += 1
    print("particles", Particle.count, "heavy", heavy, "charged", charged)
    print("bounces", box.bounces)
    print("energy", f"{total:.6f}")
    for k in sorted(kinds):
        print("kind", k, kinds[k])
    print("eq", Vec(1, 2) + Vec(3, 4) == Vec(4, 6), repr(Vec(1, 2) * 3))
    print("checksum", box.bounces + round(total * 1000))


main()
