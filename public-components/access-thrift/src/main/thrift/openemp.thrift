/**
 * OpenEMP over Apache Thrift.
 *
 * One generic service carries the platform's JSON-RPC 2.0 methods: every method any plugin registers is
 * callable through JsonRpc.call with the same JSON a client would POST to /api/rpc, and the same dispatcher
 * checks, validates, authorizes and answers it.
 *
 * Wire format: framed transport (each message preceded by its length as a 4-byte big-endian integer) with
 * either the binary protocol (strict, the default of every Thrift library) or the compact protocol. The
 * server recognises the protocol from the first byte of each frame (0x80 binary, 0x82 compact), so clients
 * of both kinds share one port. A frame longer than the server's maxFrameBytes (16 MiB by default) closes
 * the connection before any of it is read.
 *
 * Authentication is per connection: call login once after connecting. Until then, and after logout or a
 * failed login, every JSON-RPC call on the connection answers the JSON-RPC error -32000 (Unauthorized).
 */

namespace java io.openemp.access.thrift.gen
namespace cpp openemp.access
namespace py openemp_thrift
namespace php OpenEmp.Access

/** The user a connection is logged in as. */
struct Session {
  /** The user name, as the platform knows it. */
  1: string user
  /** The user's roles (admin, manager, viewer or a plugin's own), sorted. */
  2: list<string> roles
}

/**
 * login refused the user name and password. The connection is then not logged in: a login made earlier on
 * it is dropped too.
 */
exception AuthenticationFailed {
  /** Why, for people; never says whether the user exists. */
  1: string message
}

/** batch was given more requests than the platform accepts at once; nothing of it was run. */
exception LimitExceeded {
  /** What went over, for people. */
  1: string message
  /** The name of the limit (maxBatchLength: the registry's configured maximum batch length). */
  2: string limit
  /** The limit's value. */
  3: i64 value
}

/** The platform's JSON-RPC 2.0 methods, through one connection-scoped session. */
service JsonRpc {

  /**
   * Logs the connection in as user, checking the password against the platform's user base (the same as
   * for HTTP and the console). Every later call on this connection runs as this user, until logout, another
   * login or the end of the connection.
   */
  Session login(1: string user, 2: string password) throws (1: AuthenticationFailed failed)

  /** Forgets the connection's login: later calls answer -32000 until the next login. */
  void logout()

  /**
   * Runs one JSON-RPC 2.0 request, or a batch (a JSON array of requests), given as UTF-8 JSON text, and
   * returns the JSON-RPC response exactly as the HTTP transport would. Returns an empty string when there is
   * nothing to answer (a notification, or a batch of notifications only). JSON-RPC errors (unknown method,
   * invalid params, unauthorized...) are answered inside the JSON, never as Thrift exceptions.
   */
  string call(1: string request)

  /**
   * Runs several independent requests, in order, one after the other, each as call would: the answer at
   * position i is the response to requests[i] (an empty string for a notification). Each element may itself
   * be a JSON-RPC batch array.
   */
  list<string> batch(1: list<string> requests) throws (1: LimitExceeded tooMany)
}
