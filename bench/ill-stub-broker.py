#!/usr/bin/env python3
"""A stub consortium broker for the ILL routing benchmark: answers the three Relais-shaped calls
(authentication, FindItem, RequestItem) after a fixed delay, with any number of requests at once.

usage: ill-stub-broker.py PORT DELAY_MS    (prints "ready" when listening; counts RequestItem calls on SIGTERM)
"""
import asyncio
import signal
import sys

PORT, DELAY = int(sys.argv[1]), int(sys.argv[2]) / 1000.0
ANSWERS = {
    "/portal-service/user/authentication": b'{"AuthorizationId":"bench-aid"}',
    "/dws/item/available": b'{"Available":true,"NumberOfRecords":1,"RequestLink":{"ButtonLabel":"Request"}}',
    "/dws/item/add": b'{"RequestNumber":"BENCH-1"}',
}
requested = 0


async def serve(reader, writer):
    global requested
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1].split("?")[0]
            length = 0
            for line in lines[1:]:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            if length:
                await reader.readexactly(length)
            await asyncio.sleep(DELAY)
            body = ANSWERS.get(path, b'{"Problem":{"ErrorCode":"STUB404","ErrorMessage":"unknown path"}}')
            if path == "/dws/item/add":
                requested += 1
            status = b"200 OK" if path in ANSWERS else b"404 Not Found"
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT, backlog=1024)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    async with server:
        await stop.wait()
    print("requested", requested, flush=True)


asyncio.run(main())
