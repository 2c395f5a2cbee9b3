"""A real Modbus TCP server for the protocol-modbus tests (Debian's python3-pymodbus 3.0).

Usage: /usr/bin/python3 modbus_server.py PORT IMAGE_JSON

IMAGE_JSON describes the process image of each unit id:
  {"units": {"1": {"hr": {"100": 17, ...}, "ir": {...}, "co": {"0": 1}, "di": {...}}}}
Keys are zero-based protocol addresses, values 16-bit register words (hr, ir) or 0/1 (co, di).
Sparse blocks: reading an address that is not listed answers exception 2 (illegal data address).
Binds 127.0.0.1 only, prints "LISTENING <port>" once the socket is bound, and serves until killed.
"""
import asyncio
import json
import logging
import sys

from pymodbus.datastore import (ModbusServerContext, ModbusSlaveContext,
                                ModbusSparseDataBlock)
from pymodbus.server import StartAsyncTcpServer


def block(table):
    values = {int(address): int(value) for address, value in (table or {}).items()}
    return ModbusSparseDataBlock(values if values else {65535: 0})


def context(image):
    units = {}
    for unit, tables in image["units"].items():
        units[int(unit)] = ModbusSlaveContext(
            hr=block(tables.get("hr")), ir=block(tables.get("ir")),
            co=block(tables.get("co")), di=block(tables.get("di")), zero_mode=True)
    return ModbusServerContext(slaves=units, single=False)


async def main(port, image_path):
    with open(image_path, encoding="utf-8") as file:
        image = json.load(file)
    server = await StartAsyncTcpServer(context=context(image), address=("127.0.0.1", port),
                                       defer_start=True, allow_reuse_address=True)
    task = asyncio.create_task(server.serve_forever())
    await server.serving
    print("LISTENING %d" % port, flush=True)
    await task


if __name__ == "__main__":
    logging.basicConfig(level=logging.CRITICAL, stream=sys.stderr)
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
