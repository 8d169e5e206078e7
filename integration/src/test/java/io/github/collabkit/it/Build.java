package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Where the outer build put things, and how to run Maven from a test. */
final class Build {

  private Build() {}

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; run through ./mvnw verify");
    }
    return value;
  }

  /** The checkout's root directory, holding mvnw. */
  static Path root() {
    return Path.of(property("collabkit.root")).toAbsolutePath().normalize();
  }

  static String version() {
    return property("collabkit.version");
  }

  /** This module's build directory. */
  static Path workDir() {
    return Path.of(property("collabkit.workDir")).toAbsolutePath().normalize();
  }

  static Path jar(String module, String classifier) {
    String name = "collabkit-" + module + "-" + version() + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
    return root().resolve(module).resolve("target").resolve(name);
  }

  /**
   * Runs the Maven wrapper of {@code projectDir} with the given arguments; fails with the end of the
   * log when Maven does not exit with 0.
   */
  static String maven(Path projectDir, Path log, List<String> args) throws IOException, InterruptedException {
    boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
    List<String> command = new ArrayList<>();
    command.add(root().resolve(windows ? "mvnw.cmd" : "mvnw").toString());
    command.addAll(args);
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command)
        .directory(projectDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command + "; see " + log);
    }
    String output = Files.readString(log);
    assertEquals(0, process.exitValue(), () -> "failed: " + command + "\n" + tail(output));
    return output;
  }

  private static String tail(String text) {
    return text.length() <= 8000 ? text : "...\n" + text.substring(text.length() - 8000);
  }

  /** Copies a directory tree, leaving out directories with the given names. */
  static void copyTree(Path from, Path to, Set<String> skippedDirectories) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(from) && skippedDirectories.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Makes {@code view} a read-only view of the local repository {@code local} without the directory
   * {@code excluded} (relative, such as {@code io/github/collabkit}): every other entry is a symbolic link
   * into {@code local}, and only the ancestors of {@code excluded} are real directories. Nothing in
   * {@code local} is copied or changed, and whatever {@code local} holds under {@code excluded} cannot be
   * seen through the view.
   *
   * @return the view
   */
  static Path viewWithout(Path local, Path view, Path excluded) throws IOException {
    deleteTree(view);
    Files.createDirectories(view);
    if (!Files.isDirectory(local)) {
      Files.createDirectories(view.resolve(excluded.toString()));
      return view;
    }
    Path from = local;
    Path to = view;
    for (Path part : excluded) {
      Path skipped = from.resolve(part.toString());
      try (java.util.stream.Stream<Path> entries = Files.list(from)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          if (!entry.equals(skipped)) {
            Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry.toAbsolutePath());
          }
        }
      }
      if (!Files.isDirectory(skipped)) {
        break;
      }
      from = skipped;
      to = to.resolve(part.toString());
      Files.createDirectories(to);
    }
    // The excluded directory is an empty real directory in the view, also when the local repository
    // has no such directory (a fresh machine has never held collabkit).
    Files.createDirectories(view.resolve(excluded.toString()));
    return view;
  }

  /** Deletes a directory tree; symbolic links are removed, never followed. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
