package io.openemp.bench.endpoints;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The bare CXF JAX-RS reference: {@code POST /cxf/bench/ping} with a JSON-RPC request; Jackson (through its JAX-RS
 * provider) reads the body into a {@link PingRequest} and writes the {@link PingAnswer}.
 */
@Path("/ping")
public class PingResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PingAnswer ping(PingRequest request) {
        return new PingAnswer(request == null ? null : request.id);
    }
}
