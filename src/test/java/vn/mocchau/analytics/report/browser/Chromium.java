package vn.mocchau.analytics.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over its DevTools protocol with the JDK's
 * own WebSocket client: one page, screenshots of page regions, print-media emulation and
 * print-to-PDF. No WebDriver library: Selenium would have replaced the Guava the jobs' own
 * classpath resolves (16 → 33), for three commands we can send ourselves.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  /**
   * The Chromium binary: $CHROMIUM, else the first of Debian's and the usual names on the PATH;
   * null when there is none (or $CHROMIUM names no executable).
   */
  static Path find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Files.isExecutable(Path.of(configured)) ? Path.of(configured) : null;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  Chromium(Path binary) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("moc-chau-chromium");
    // The flags a root user on a CI machine needs; no network, no first-run or update traffic.
    List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
        "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--user-data-dir=" + profile, "about:blank");
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
    // Chromium writes the port it chose and the browser's path once it listens.
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        close();
        throw new IllegalStateException("Chromium did not start its DevTools endpoint: "
            + String.join(" ", command));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    String pageSocket = null;
    for (JsonNode target : JSON.readTree(http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body())) {
      if ("page".equals(target.path("type").asText())) {
        pageSocket = target.path("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (pageSocket == null) {
      close();
      throw new IllegalStateException("Chromium started without a page");
    }
    socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(pageSocket), new Listener()).join();
    send("Page.enable", Map.of());
  }

  /** Sends one DevTools command and waits for its result (an error becomes an exception). */
  JsonNode send(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    try {
      socket.sendText(JSON.writeValueAsString(message), true).join();
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.path("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(method + ": " + e.getMessage(), e);
    } finally {
      pending.remove(id);
    }
  }

  /** Sets the viewport (CSS pixels, one device pixel each) and the CSS media type. */
  void viewport(int width, int height, String media) {
    send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", false));
    send("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /** Opens a URL and waits until the document and its images have loaded. */
  void open(String url) throws InterruptedException {
    send("Page.navigate", Map.of("url", url));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!"complete".equals(evaluate("document.readyState").asText())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out loading " + url);
      }
      Thread.sleep(50);
    }
  }

  /** Evaluates a JavaScript expression (awaiting a promise) and returns its value as JSON. */
  JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate", Map.of("expression", expression,
        "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A screenshot of a region of the page in CSS pixels (beyond the viewport if need be). */
  BufferedImage screenshot(double x, double y, double width, double height) {
    JsonNode result = send("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "fromSurface", true,
        "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
    try {
      return ImageIO.read(new ByteArrayInputStream(
          Base64.getDecoder().decode(result.path("data").asText())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the page as Chromium's print dialog would, to PDF: the page's own @page size. */
  byte[] printToPdf() {
    JsonNode result = send("Page.printToPDF", Map.of("preferCSSPageSize", true,
        "printBackground", true, "displayHeaderFooter", false));
    return Base64.getDecoder().decode(result.path("data").asText());
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    // Chromium's helpers (network service, renderers) outlive the main process unless
    // stopped too; one still writing its profile made the deletion below fail in CI.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    helpers.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle helper : helpers) {
        helper.onExit().get(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      helpers.forEach(ProcessHandle::destroyForcibly);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(profile.resolveSibling(profile.getFileName() + ".log"));
    } catch (IOException | UncheckedIOException e) {
      // A profile file created or removed while walking: the temp folder is cleaned later.
      // Cleaning up is not what the test checks, so it never fails the test.
    }
  }

  /** Joins fragmented text frames and completes the command that each reply answers. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          CompletableFuture<JsonNode> reply = message.has("id")
              ? pending.get(message.get("id").asInt()) : null;
          if (reply != null) {
            reply.complete(message);
          }
        } catch (IOException e) {
          pending.values().forEach(p -> p.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      new ArrayList<>(pending.values()).forEach(p -> p.completeExceptionally(error));
    }
  }
}
