# nbody: float arithmetic over lists of floats -- a simple 2D gravity
# simulation with softened forces, leapfrog-style integration, and
# energy / momentum bookkeeping, all on plain Python lists.


def make_bodies(n):
    # deterministic pseudo-random initial state (linear congruential generator)
    seed = 12345
    xs = []
    ys = []
    vxs = []
    vys = []
    ms = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append((seed % 10000) / 1000.0 - 5.0)
        seed = (seed * 1103515245 + 12345) % 2147483648
        ys.append((seed % 10000) / 1000.0 - 5.0)
        seed = (seed * 1103515245 + 12345) % 2147483648
        vxs.append((seed % 1000) / 2000.0 - 0.25)
        seed = (seed * 1103515245 + 12345) % 2147483648
        vys.append((seed % 1000) / 2000.0 - 0.25)
        seed = (seed * 1103515245 + 12345) % 2147483648
        ms.append(0.5 + (seed % 100) / 100.0)
    return [xs, ys, vxs, vys, ms]


def energy(bodies, soft):
    xs, ys, vxs, vys, ms = bodies
    n = len(xs)
    e = 0.0
    for i in range(n):
        e += 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            e -= ms[i] * ms[j] / (dx * dx + dy * dy + soft) ** 0.5
    return e


def step(bodies, dt, soft):
    xs, ys, vxs, vys, ms = bodies
    n = len(xs)
    axs = [0.0] * n
    ays = [0.0] * n
    for i in range(n):
        xi = xs[i]
        yi = ys[i]
        mi = ms[i]
        for j in range(i + 1, n):
            dx = xs[j] - xi
            dy = ys[j] - yi
            d2 = dx * dx + dy * dy + soft
            inv = 1.0 / (d2 * d2 ** 0.5)
            fx = dx * inv
            fy = dy * inv
            axs[i] += fx * ms[j]
            ays[i] += fy * ms[j]
            axs[j] -= fx * mi
            ays[j] -= fy * mi
    for i in range(n):
        vxs[i] += axs[i] * dt
        vys[i] += ays[i] * dt
        xs[i] += vxs[i] * dt
        ys[i] += vys[i] * dt


def momentum(bodies):
    xs, ys, vxs, vys, ms = bodies
    px = 0.0
    py = 0.0
    for i in range(len(xs)):
        px += ms[i] * vxs[i]
        py += ms[i] * vys[i]
    return px, py


def main():
    soft = 0.01
    bodies = make_bodies(70)
    e0 = energy(bodies, soft)
    for s in range(900):
        step(bodies, 0.001, soft)
    e1 = energy(bodies, soft)
    px, py = momentum(bodies)
    print("energy before", f"{e0:.6f}")
    print("energy after", f"{e1:.6f}")
    print("momentum", f"{px:.6f}", f"{py:.6f}")
    cx = sum(bodies[0]) / len(bodies[0])
    cy = sum(bodies[1]) / len(bodies[1])
    print("centroid", f"{cx:.6f}", f"{cy:.6f}")
    print("checksum", round(e0 * 1000), round(e1 * 1000))


main()
