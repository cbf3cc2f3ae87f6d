package dev.stickerplatform.adapters.http.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before or outside Javalin (a request line or headers too large, a malformed
 * request, an error thrown past the servlet): a problem+json body with a generic detail, never Jetty's HTML page
 * with the exception message or stack.
 */
public final class JettyErrorHandler extends ErrorHandler {
    public JettyErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(body(code));
    }

    /** Hand-written JSON: this runs where the ObjectMapper may not be reachable, and the content is fixed. */
    public static byte[] body(int status) {
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 413 -> "The request body is larger than allowed.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            default -> status >= 500 ? ProblemMapper.INTERNAL_DETAIL : "The request is malformed.";
        };
        String title = status == 414 ? "URI too long" : status == 431 ? "Request headers too large" : type.title();
        return ("{\"type\":\"" + type.uri() + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
