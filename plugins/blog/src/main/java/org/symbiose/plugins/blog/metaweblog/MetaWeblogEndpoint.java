package org.symbiose.plugins.blog.metaweblog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.blog.rest.BlogResource;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.spi.rest.LargeBody;

/**
 * {@code POST /api/v1/blog/xmlrpc}: the MetaWeblog API for desktop and mobile editors. Open to every caller at the
 * HTTP level because XML-RPC carries its credentials in the call; each method checks them. As XML-RPC wants, a
 * refusal is a fault in a 200 answer (clients treat any other status as a broken connection and never show the
 * reason).
 */
@Component(service = BlogResource.class)
public class MetaWeblogEndpoint implements BlogResource {

    private static final Logger LOG = Logger.getLogger(MetaWeblogEndpoint.class.getName());
    private static final String XML = "text/xml; charset=UTF-8";

    private final XmlRpcReader reader = new XmlRpcReader(new SafeXml(SafeXml.REQUEST_BYTES));

    @Reference
    private MetaWeblogMethods methods;

    @POST
    @Consumes("*/*")
    @Produces("text/xml")
    @PermitAll
    @LargeBody(LargeBody.Kind.FILE)
    public Response call(InputStream body, @Context UriInfo uri) {
        return Response.ok(answer(body, uri), XML).build();
    }

    /** The methodResponse to a call: its value, or a fault. */
    byte[] answer(InputStream body, UriInfo uri) {
        try {
            return XmlRpcWriter.response(methods.invoke(reader.read(body), uri));
        } catch (XmlRpcFault fault) {
            return XmlRpcWriter.fault(fault.code(), fault.getMessage());
        } catch (RuntimeException e) {
            if ("PAYLOAD_TOO_LARGE".equals(problemType(e))) {
                return XmlRpcWriter.fault(XmlRpcFault.TOO_LARGE, e.getMessage());
            }
            LOG.log(Level.WARNING, "An XML-RPC call failed", e);
            return XmlRpcWriter.fault(XmlRpcFault.INTERNAL, "Something went wrong on our side");
        }
    }

    // the core's body limit refuses while the parser reads, through the parser's wrapping
    private static String problemType(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.symbiose.api.rest.ProblemException problem) {
                return problem.type().name();
            }
        }
        return null;
    }

    @Override
    public String path() {
        return "xmlrpc";
    }
}
