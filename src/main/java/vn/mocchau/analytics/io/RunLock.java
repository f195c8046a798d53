package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.FileAlreadyExistsException;

/**
 * One run at a time per output folder: {@code <out>/_lock} is created exclusively and names the
 * holder. A lock left by a killed run on this machine (its process is gone) is taken over; a live
 * one makes the second run refuse with who holds it and since when.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = OutputLayout.LOCK;

  /** Who holds a lock. */
  public record Holder(long pid, String host, String started, String command) {}

  /** Another run holds the output folder. */
  public static final class BusyException extends RuntimeException {
    private final String holder;
    private final Holder who;

    public BusyException(String message, String holder, Holder who) {
      super(message);
      this.holder = holder;
      this.who = who;
    }

    /** The run holding the lock, for the console to name in its language; null if unknown. */
    public Holder who() {
      return who;
    }

    /** Who holds the lock: command, process, host and start time (or why it is unknown). */
    public String holder() {
      return holder;
    }
  }

  private final FileSystem fs;
  private final Path path;
  private final boolean tookOverStale;

  private RunLock(FileSystem fs, Path path, boolean tookOverStale) {
    this.fs = fs;
    this.path = path;
    this.tookOverStale = tookOverStale;
  }

  public static RunLock acquire(Path out, String command, Configuration conf) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      fs.mkdirs(out);
      Path path = new Path(out, FILE);
      Holder me = new Holder(ProcessHandle.current().pid(), host(), Instant.now().toString(),
          command);
      boolean staleTaken = false;
      for (int attempt = 0; attempt < 2; attempt++) {
        try (FSDataOutputStream stream = fs.create(path, false)) {
          stream.write(Json.pretty(me).getBytes(StandardCharsets.UTF_8));
          return new RunLock(fs, path, staleTaken);
        } catch (FileAlreadyExistsException exists) {
          Holder holder = read(fs, path);
          if (holder != null && isAlive(holder)) {
            String who = holder.command() + ", process " + holder.pid() + " on " + holder.host()
                + ", started " + holder.started();
            throw new BusyException("Cannot start: another run is using " + out + " (" + who
                + "). Wait for it to finish, then run again.", who, holder);
          }
          fs.delete(path, false);
          staleTaken = true;
        }
      }
      throw new BusyException("Cannot start: " + path + " keeps reappearing; another run is"
          + " starting at the same moment. Run again.", "another run is starting at the same"
          + " moment", null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + out + ": " + e.getMessage(), e);
    }
  }

  /** True when this run found a lock left by a run that no longer exists, and took it over. */
  public boolean tookOverStale() {
    return tookOverStale;
  }

  private static Holder read(FileSystem fs, Path path) throws IOException {
    try (java.io.InputStream in = fs.open(path)) {
      return Json.mapper().readValue(in, Holder.class);
    } catch (IOException | RuntimeException unreadable) {
      return null; // half-written by a run killed while locking: stale
    }
  }

  private static boolean isAlive(Holder holder) {
    if (!holder.host().equals(host())) {
      return true; // cannot check another machine's processes: assume it is running
    }
    return ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release " + path, e);
    }
  }
}
