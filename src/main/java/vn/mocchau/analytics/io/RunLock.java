package vn.mocchau.analytics.io;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One writing run at a time per output folder, named in {@code <out>/_lock}.
 *
 * <p>On a local disk (the default) the lock is the operating system's exclusive lock on that file
 * ({@link FileChannel#tryLock}): taking it is atomic, and the kernel releases it when its process
 * ends however it ends, so a killed run never leaves a lock anyone must judge stale, and a pid that
 * now belongs to an unrelated process does not matter. The file is never deleted (deleting a file
 * another process has open would let two runs lock two different files); it holds the holder's
 * JSON while a run holds it and is emptied on release, so a non-empty file found unlocked was left
 * by a run that died: {@link #tookOverStale()}.
 *
 * <p>On other file systems (HDFS, S3) there is no such lock: the holder is written to a file of its
 * own and renamed to {@code _lock} (a rename never overwrites), so the lock is never seen
 * half-written; a lock whose process is provably gone (same host, and that pid is not running or
 * was started at another instant) is taken over by renaming it away first, which only one run can
 * do.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = OutputLayout.LOCK;

  /** How long a run that found the lock taken waits for its holder's name to appear. */
  static final int READ_ATTEMPTS = 40;
  static final long READ_PAUSE_MS = 50;

  /**
   * Who holds a lock; {@code processStarted} (the holder process's start instant) tells a pid
   * that was reused from the one that wrote the lock. Null in locks written before it existed.
   */
  public record Holder(long pid, String host, String started, String command,
      String processStarted) {

    public Holder(long pid, String host, String started, String command) {
      this(pid, host, started, command, null);
    }
  }

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

  private final boolean tookOverStale;
  private final FileChannel channel; // local: the locked file
  private final FileLock lock;
  private final FileSystem fs; // other file systems: the lock file to delete
  private final Path path;

  private RunLock(boolean tookOverStale, FileChannel channel, FileLock lock, FileSystem fs,
      Path path) {
    this.tookOverStale = tookOverStale;
    this.channel = channel;
    this.lock = lock;
    this.fs = fs;
    this.path = path;
  }

  public static RunLock acquire(Path out, String command, Configuration conf) {
    try {
      FileSystem fs = out.getFileSystem(conf);
      fs.mkdirs(out);
      Path path = new Path(out, FILE);
      Holder me = new Holder(ProcessHandle.current().pid(), host(), Instant.now().toString(),
          command, startOf(ProcessHandle.current()));
      if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
        return local(new File(fs.makeQualified(path).toUri().getPath()), out, me);
      }
      return shared(fs, path, out, me);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + out + ": " + e.getMessage(), e);
    }
  }

  private static RunLock local(File file, Path out, Holder me) throws IOException {
    FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw busy(out, waitForHolder(file));
    }
    try {
      boolean stale = channel.size() > 0; // a holder that ended without releasing
      byte[] json = Json.pretty(me).getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(json), 0);
      channel.force(true);
      return new RunLock(stale, channel, lock, null, null);
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /**
   * The holder named in a lock another process holds. Its name is written just after it locks,
   * so an empty file or one still naming a dead run is read again for a moment; null when it
   * never shows (then the console says another run is starting at the same moment).
   */
  private static Holder waitForHolder(File file) {
    for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      // The file may still name the run that died holding it (the winner writes its own name
      // just after locking): only a holder with its process's start instant is known to be the
      // one that runs now.
      Holder holder = parse(readQuietly(file));
      if (holder != null && holder.processStarted() != null && isAlive(holder)) {
        return holder;
      }
      try {
        Thread.sleep(READ_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static RunLock shared(FileSystem fs, Path path, Path out, Holder me)
      throws IOException {
    boolean staleTaken = false;
    for (int attempt = 0; attempt < 3; attempt++) {
      // Written whole under a name of its own, then renamed: never visible half-written.
      Path mine = new Path(out, FILE + "." + UUID.randomUUID() + ".tmp");
      try (FSDataOutputStream stream = fs.create(mine, false)) {
        stream.write(Json.pretty(me).getBytes(StandardCharsets.UTF_8));
      }
      if (fs.rename(mine, path)) {
        return new RunLock(staleTaken, null, null, fs, path);
      }
      fs.delete(mine, false);
      Holder holder = null;
      try (java.io.InputStream in = fs.open(path)) {
        holder = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException gone) {
        continue; // released in between: try again
      }
      if (holder == null || isAlive(holder)) {
        throw busy(out, holder);
      }
      // Provably gone: move it away; of several runs doing this at once one rename wins.
      if (fs.rename(path, new Path(out, FILE + ".stale-" + UUID.randomUUID()))) {
        staleTaken = true;
      }
    }
    throw busy(out, null);
  }

  private static BusyException busy(Path out, Holder holder) {
    String who = holder == null ? "another run is starting at the same moment"
        : holder.command() + ", process " + holder.pid() + " on " + holder.host()
            + ", started " + holder.started();
    return new BusyException("Cannot start: another run is using " + out + " (" + who
        + "). Wait for it to finish, then run again.", who, holder);
  }

  /** True when this run found a lock left by a run that no longer exists, and took it over. */
  public boolean tookOverStale() {
    return tookOverStale;
  }

  private static String readQuietly(File file) {
    try {
      return java.nio.file.Files.readString(file.toPath(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  static Holder parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, Holder.class);
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * Whether the holder may still be running: always on another host (its processes cannot be
   * checked); here, when its pid runs and, if the lock recorded it, was started at the same
   * instant (a pid reused by an unrelated process is not the holder).
   */
  static boolean isAlive(Holder holder) {
    if (!holder.host().equals(host())) {
      return true;
    }
    return ProcessHandle.of(holder.pid()).filter(ProcessHandle::isAlive)
        .map(p -> holder.processStarted() == null
            || holder.processStarted().equals(startOf(p)))
        .orElse(false);
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse(null);
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
      if (channel != null) {
        try {
          channel.truncate(0); // released: an empty lock file names no one
          channel.force(true);
        } finally {
          lock.release();
          channel.close();
        }
      } else {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release " + path, e);
    }
  }
}
