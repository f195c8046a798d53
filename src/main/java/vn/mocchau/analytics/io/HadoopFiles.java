package vn.mocchau.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file operations of the jobs and the ingest on any Hadoop file system (local, HDFS, S3):
 * whether a path exists, a folder's entries, a file opened or measured, a file written whole or
 * replaced atomically, a CSV export, the digests of a folder's files. Here so that cli/ and
 * ingest/ never hold a {@link FileSystem}. The checked ones leave the wording of a failure to the
 * caller (a reference file says it in both languages).
 */
public final class HadoopFiles {
  private HadoopFiles() {}

  /** One entry of a folder: its name, whether it is a file or a folder, its size. */
  /**
   * A folder entry; {@code symlink} is true for a symbolic link on a local disk (Hadoop's listing
   * follows links and would present the target as an ordinary file).
   */
  public record Entry(String name, boolean file, boolean directory, long length,
      boolean symlink) {}

  /** The entries of {@code folder}; empty when there is no such folder. */
  public static Optional<List<Entry>> list(Path folder, Configuration conf) throws IOException {
    FileSystem fs = folder.getFileSystem(conf);
    if (!fs.exists(folder)) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    boolean local = fs instanceof org.apache.hadoop.fs.LocalFileSystem
        || fs instanceof org.apache.hadoop.fs.RawLocalFileSystem;
    for (FileStatus status : fs.listStatus(folder)) {
      // The decoded path (names may hold '%' or spaces that a file: URI would not take).
      boolean link = local && java.nio.file.Files.isSymbolicLink(new java.io.File(
          fs.makeQualified(status.getPath()).toUri().getPath()).toPath());
      entries.add(new Entry(status.getPath().getName(), status.isFile(), status.isDirectory(),
          status.getLen(), link || status.isSymlink()));
    }
    return Optional.of(entries);
  }

  /** Whether the path exists, a failure to ask being the caller's to word. */
  public static boolean present(Path path, Configuration conf) throws IOException {
    return path.getFileSystem(conf).exists(path);
  }

  /** A file opened for reading, seekable. */
  public static FSDataInputStream open(Path path, Configuration conf) throws IOException {
    return path.getFileSystem(conf).open(path);
  }

  /** Whether the folder, or any folder below it, holds a file (not hidden) with this ending. */
  public static boolean holdsFileEndingWith(Path folder, String ending, Configuration conf)
      throws IOException {
    var files = folder.getFileSystem(conf).listFiles(folder, true);
    while (files.hasNext()) {
      String name = files.next().getPath().getName();
      if (name.endsWith(ending) && !name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A new file for writing; refused if one is there already. */
  public static OutputStream createNew(Path path, Configuration conf) throws IOException {
    return path.getFileSystem(conf).create(path, false);
  }

  /** A file's size in bytes. */
  public static long length(Path path, Configuration conf) throws IOException {
    return path.getFileSystem(conf).getFileStatus(path).getLen();
  }

  /** A file's name, its SHA-256 (hex) and its size. */
  public record Digest(String name, String sha256, long bytes) {}

  public static boolean exists(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Whether the path exists and is a file, not a folder. */
  public static boolean isFile(Path path, Configuration conf) {
    try {
      FileSystem fs = path.getFileSystem(conf);
      return fs.exists(path) && !fs.getFileStatus(path).isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code content} to {@code path} through a hidden file renamed over it, so that a
   * reader never sees half a file (the run manifest).
   */
  public static String replaceAtomically(Path path, byte[] content, Configuration conf) {
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(path.getParent());
      Path pending = new Path(path.getParent(), "." + path.getName() + ".tmp");
      try (FSDataOutputStream stream = fs.create(pending, true)) {
        stream.write(content);
      }
      fs.delete(path, false);
      if (!fs.rename(pending, path)) {
        throw new IOException("rename failed");
      }
      return path.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a CSV export (see {@link CsvExport}) of at most {@code limit} rows; returns the rows
   * written.
   */
  public static long writeCsv(Path path, List<String> header, Iterator<List<Object>> rows,
      long limit, Configuration conf) {
    long[] written = {0};
    Iterator<List<Object>> limited = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return written[0] < limit && rows.hasNext();
      }

      @Override
      public List<Object> next() {
        written[0]++;
        return rows.next();
      }
    };
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(path.getParent());
      try (OutputStream stream = fs.create(path, true)) {
        CsvExport.write(stream, header, limited);
      }
      return written[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** SHA-256 and size of every file (not folder) directly in {@code folder}, by name. */
  public static List<Digest> digests(Path folder, Configuration conf) {
    Map<String, Digest> digests = new LinkedHashMap<>();
    try {
      FileSystem fs = folder.getFileSystem(conf);
      for (FileStatus status : fs.listStatus(folder)) {
        if (!status.isFile()) {
          continue;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = fs.open(status.getPath())) {
          byte[] buffer = new byte[1 << 16];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
        String name = status.getPath().getName();
        digests.put(name, new Digest(name, HexFormat.of().formatHex(sha.digest()),
            status.getLen()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(digests.values());
  }
}
