package io.github.collabkit.cli;

import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.ror.RorImportException;
import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.json.ror.RorProblem;
import io.github.collabkit.model.Organization;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organizations texts are resolved against: a ROR dump in any form {@link RorImporter} reads, a
 * collabkit dataset, or the bundled dataset; built once into an {@link OrganizationIndex}.
 */
final class Registry {
  /** How many ROR problems are shown one by one before only the count. */
  static final int SHOWN_PROBLEMS = 5;

  private Registry() {}

  /**
   * Loads the registry and builds its index, telling on {@code err} what was loaded.
   *
   * @param file the registry, or null for the bundled dataset
   */
  static OrganizationIndex load(Path file, PrintWriter err, Progress progress) {
    long start = System.nanoTime();
    List<Organization> organizations;
    String what;
    if (file == null) {
      organizations = CollabkitJson.bundledLandscape().organizations();
      what = "the bundled dataset";
    } else if (isRorDump(file)) {
      organizations = new ArrayList<>();
      List<RorProblem> problems = new ArrayList<>();
      long[] problemCount = {0};
      try {
        RorImporter importer = RorImporter.create();
        if (progress.enabled()) {
          importer = importer.withProgress((records, bytes, total) -> progress.bytes("registry", bytes, total));
        }
        importer.forEach(file, organizations::add, p -> {
          if (problemCount[0]++ < SHOWN_PROBLEMS) {
            problems.add(p);
          }
        });
      } catch (RorImportException e) {
        throw Failure.unusable(e.getMessage(), e);
      }
      progress.done();
      problems.forEach(p -> err.println("registry " + file + ": " + p));
      if (problemCount[0] > SHOWN_PROBLEMS) {
        err.println("registry " + file + ": and " + (problemCount[0] - SHOWN_PROBLEMS)
            + " more problem(s); collabkit import-ror lists them all");
      }
      what = "ROR dump " + file;
    } else {
      organizations = Datasets.read(file).organizations();
      what = "dataset " + file;
    }
    if (organizations.isEmpty()) {
      throw Failure.unusable((file == null ? "the bundled dataset" : file.toString()) + ": holds no organizations");
    }
    OrganizationIndex index = OrganizationIndex.of(organizations);
    err.println(String.format(Locale.ROOT, "Registry: %,d organizations from %s, indexed in %.1f s",
        index.size(), what, (System.nanoTime() - start) / 1e9));
    return index;
  }

  /**
   * Whether a file is a ROR dump rather than a collabkit dataset: a zip, gzip or JSON lines file,
   * a JSON array, or a JSON object without collabkit's {@code formatVersion} near its start.
   */
  static boolean isRorDump(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip") || name.endsWith(".gz") || name.endsWith(".jsonl")) {
      return true;
    }
    if (name.endsWith(".ndjson")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
      return head.startsWith("[") || !head.contains("\"formatVersion\"");
    } catch (IOException e) {
      throw Failure.unusable(file + ": " + (Files.exists(file) ? "cannot be read: " + e.getMessage()
          : "no such file"), e);
    }
  }
}
