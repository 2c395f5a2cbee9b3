"""A Python client of the OpenEMP Thrift transport, as an integrator would write one.

Usage: jsonrpc_client.py HOST PORT USER PASSWORD

For each protocol (binary, then compact) it opens a framed connection, calls once before logging in, tries a
wrong password, logs in, lists the components, calls echo.say, sends a notification and a batch, and prints
what it saw as one JSON line. Needs the code `thrift --gen py` makes from openemp.thrift on PYTHONPATH and
Debian's python3-thrift.
"""

import json
import sys

from thrift.protocol import TBinaryProtocol, TCompactProtocol
from thrift.transport import TSocket, TTransport

from openemp_thrift import JsonRpc
from openemp_thrift.ttypes import AuthenticationFailed

PROTOCOLS = {
    "binary": TBinaryProtocol.TBinaryProtocol,
    "compact": TCompactProtocol.TCompactProtocol,
}


def request(method, params, id_):
    body = {"jsonrpc": "2.0", "method": method, "id": id_}
    if params is not None:
        body["params"] = params
    return json.dumps(body)


def session(host, port, user, password, protocol_name):
    transport = TTransport.TFramedTransport(TSocket.TSocket(host, port))
    client = JsonRpc.Client(PROTOCOLS[protocol_name](transport))
    transport.open()
    try:
        seen = {"protocol": protocol_name}
        seen["before_login"] = json.loads(client.call(request("echo.say", {"text": "x"}, 1)))["error"]["code"]
        try:
            client.login(user, password + "-wrong")
            seen["wrong_password"] = "accepted"
        except AuthenticationFailed as refused:
            seen["wrong_password"] = refused.message
        logged_in = client.login(user, password)
        seen["user"] = logged_in.user
        seen["roles"] = logged_in.roles
        components = json.loads(client.call(request("rpc.components", None, 2)))["result"]
        seen["components"] = sorted(c["id"] for c in components)
        seen["say"] = json.loads(client.call(request("echo.say", {"text": "Grüße aus Python"}, 3)))["result"]
        seen["notification"] = client.call(json.dumps({"jsonrpc": "2.0", "method": "echo.say", "params": {"text": "n"}}))
        answers = client.batch([request("echo.whoami", None, 4), request("no.such", None, 5)])
        seen["batch"] = [json.loads(a) for a in answers]
        return seen
    finally:
        transport.close()


def main():
    host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    for name in PROTOCOLS:
        print(json.dumps(session(host, port, user, password, name), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
