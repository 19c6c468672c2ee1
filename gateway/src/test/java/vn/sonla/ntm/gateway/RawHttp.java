package vn.sonla.ntm.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP by hand, for what a client library hides: a body announced larger than it will be sent, chunks written one by
 * one while the server may already have answered. Returns what the server said before it closed.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends the head, then {@code chunks} chunks of {@code chunk} (chunked encoding) or, if 0, {@code chunk} as is. */
    static String send(int port, String head, byte[] chunk, int chunks) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                if (chunks == 0) {
                    out.write(chunk);
                } else {
                    for (int i = 0; i < chunks; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (SocketException e) {
                // the server answered and closed while we were still sending: read what it said
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while (answer.size() < 65536 && (n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketException e) {
                // closed
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
