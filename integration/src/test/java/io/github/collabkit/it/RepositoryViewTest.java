package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer build's view of the outer local repository hides collabkit whatever that repository
 * holds: collabkit itself, only other {@code io.github} artifacts, or nothing at all (a fresh machine).
 */
class RepositoryViewTest {
  private static final Path COLLABKIT = Path.of("io", "github", "collabkit");

  @Test
  void hidesCollabkitAndShowsEverythingElse(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("local");
    Files.createDirectories(local.resolve("io/github/collabkit/collabkit-core"));
    Files.createDirectories(local.resolve("io/github/other/thing"));
    Files.createDirectories(local.resolve("org/example"));
    Path view = Build.viewWithout(local, dir.resolve("view"), COLLABKIT);
    assertTrue(Files.isDirectory(view.resolve("io/github/collabkit")));
    assertFalse(Files.exists(view.resolve("io/github/collabkit/collabkit-core")));
    assertTrue(Files.isDirectory(view.resolve("io/github/other/thing")));
    assertTrue(Files.isDirectory(view.resolve("org/example")));
  }

  @Test
  void holdsAnEmptyCollabkitFolderWhenTheRepositoryNeverHadCollabkit(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("local");
    Files.createDirectories(local.resolve("io/github/other/thing"));
    Path view = Build.viewWithout(local, dir.resolve("view"), COLLABKIT);
    assertTrue(Files.isDirectory(view.resolve("io/github/collabkit")));
    assertTrue(Files.isDirectory(view.resolve("io/github/other/thing")));
  }

  @Test
  void holdsAnEmptyCollabkitFolderWhenTheRepositoryIsEmptyOrMissing(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    assertTrue(Files.isDirectory(Build.viewWithout(empty, dir.resolve("view1"), COLLABKIT).resolve("io/github/collabkit")));
    assertTrue(Files.isDirectory(
        Build.viewWithout(dir.resolve("missing"), dir.resolve("view2"), COLLABKIT).resolve("io/github/collabkit")));
  }
}
