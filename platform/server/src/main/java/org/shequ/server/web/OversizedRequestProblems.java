package org.shequ.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.reactor.netty.autoconfigure.NettyServerProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;

/**
 * Gives the refusals made below Spring a problem+json body. Netty answers a request line longer
 * than it reads with 414 and headers larger than it reads with 431 before any of Spring runs, and
 * Reactor Netty's adapter answers a request target that is no URI with 400, each with an empty
 * body; this handler, placed right after the HTTP codec, swaps that empty response for one with a
 * body. The request's headers are not available (they are what failed), so the body is in English.
 */
@Component
class OversizedRequestProblems
    implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {
  /** Reactor Netty's longest request line unless {@code server.netty.max-initial-line-length}. */
  private static final int DEFAULT_MAX_INITIAL_LINE = 4096;

  private final int maxInitialLine;
  private final int maxHeaderBytes;

  OversizedRequestProblems(ServerProperties server, ObjectProvider<NettyServerProperties> netty) {
    NettyServerProperties nettyProperties = netty.getIfAvailable();
    this.maxInitialLine =
        nettyProperties == null || nettyProperties.getMaxInitialLineLength() == null
            ? DEFAULT_MAX_INITIAL_LINE
            : (int) nettyProperties.getMaxInitialLineLength().toBytes();
    this.maxHeaderBytes = (int) server.getMaxHttpRequestHeaderSize().toBytes();
  }

  @Override
  public void customize(NettyReactiveWebServerFactory factory) {
    BodyWriter writer = new BodyWriter(maxInitialLine, maxHeaderBytes);
    factory.addServerCustomizers(
        server ->
            server.doOnChannelInit(
                (observer, channel, remote) -> {
                  if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel.pipeline().addAfter(NettyPipeline.HttpCodec, "shequ.oversized", writer);
                  }
                }));
  }

  /** Replaces an empty 414 or 431 on its way out with one that has a problem body. */
  @ChannelHandler.Sharable
  static final class BodyWriter extends ChannelOutboundHandlerAdapter {
    // Resolved once: the texts are read here, not on the event loop for each refusal.
    private final Map<String, Object> uriTooLong;
    private final Map<String, Object> headersTooLarge;
    private final Map<String, Object> malformed;

    BodyWriter(int maxInitialLine, int maxHeaderBytes) {
      this.malformed = ProblemHandler.members(EdgeProblems.malformedRequest(), Locale.ENGLISH);
      this.uriTooLong =
          ProblemHandler.members(EdgeProblems.uriTooLong(maxInitialLine), Locale.ENGLISH);
      this.headersTooLarge =
          ProblemHandler.members(EdgeProblems.headersTooLarge(maxHeaderBytes), Locale.ENGLISH);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
        throws Exception {
      if (msg instanceof FullHttpResponse response && !response.content().isReadable()) {
        Map<String, Object> problem = problemFor(response.status());
        if (problem != null) {
          // Refused below Spring: no filter gave it a trace id, so it gets its own here.
          String traceId = TraceIds.generate();
          byte[] body = ProblemHandler.json(problem, traceId);
          FullHttpResponse withBody =
              new DefaultFullHttpResponse(
                  response.protocolVersion(), response.status(), Unpooled.wrappedBuffer(body));
          withBody.headers().set(response.headers());
          withBody
              .headers()
              .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
              .set(TraceIds.HEADER, traceId)
              .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
          response.release();
          super.write(ctx, withBody, promise);
          return;
        }
      }
      super.write(ctx, msg, promise);
    }

    private Map<String, Object> problemFor(HttpResponseStatus status) {
      if (status.code() == HttpResponseStatus.REQUEST_URI_TOO_LONG.code()) {
        return uriTooLong;
      }
      if (status.code() == HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.code()) {
        return headersTooLarge;
      }
      // Every 400 of Spring's carries a problem body; an empty one comes from below Spring, e.g. a
      // request target that is no URI ("/a%zz").
      if (status.code() == HttpResponseStatus.BAD_REQUEST.code()) {
        return malformed;
      }
      return null;
    }
  }
}
