# done callbacks receive the task and run later through the loop, in registration order
import asyncio

def make_cb(label):
    def cb(task):
        print("callback", label, task.get_name(), task.result())
    return cb

async def work():
    await asyncio.sleep(0.01)
    print("work finishing")
    return 99

async def main():
    t = asyncio.create_task(work(), name="W")
    t.add_done_callback(make_cb("first"))
    t.add_done_callback(make_cb("second"))
    t.add_done_callback(make_cb("third"))
    await asyncio.sleep(0.02)
    print("main resumed")
    t.add_done_callback(make_cb("late"))
    print("late callback added, not run yet")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
