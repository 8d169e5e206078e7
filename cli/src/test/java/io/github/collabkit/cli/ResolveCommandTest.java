package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.csv.CsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResolveCommandTest {
  private static final String REGISTRY = Run.resource("ror-records.jsonl");

  @TempDir
  Path dir;

  private static List<List<String>> csv(Run run) {
    return CsvReader.parse(run.out());
  }

  @Test
  void resolvesEachLineAgainstARorDumpInInputOrder() {
    Run run = Run.of("resolve", Run.resource("affiliations.txt"), "--registry", REGISTRY);
    assertEquals(Collabkit.OK, run.code(), run::toString);
    List<List<String>> rows = csv(run);
    assertEquals(ResolveCommand.COLUMNS, rows.get(0));
    assertEquals(List.of("1", "resolved", "05xvt9f17", "05xvt9f17", "Leiden University Medical Center", "027bh9e22",
        "05xvt9f17"), List.of(rows.get(1).get(0), rows.get(1).get(2), rows.get(1).get(3), rows.get(1).get(4),
        rows.get(1).get(6), rows.get(1).get(10), rows.get(1).get(13)));
    assertEquals("ror:05xvt9f17 wikidata:Q2406409 website:https://www.lumc.nl", rows.get(1).get(5));
    assertEquals("0575yy874", rows.get(2).get(3));
    assertEquals("027bh9e22", rows.get(3).get(3));
    assertEquals(List.of("4", "Ministry of Silly Walks", "no-candidate"), rows.get(4).subList(0, 3));
    assertEquals(5, rows.size());
    assertTrue(run.err().contains("Registry: 3 organizations from ROR dump"), run.err());
    assertTrue(run.err().matches("(?s).*Resolved 4 strings in [0-9.]+ s \\([0-9,]+ strings/s on \\d+ thread\\(s\\)\\):"
        + " no-candidate 1; resolved 3\n"), run.err());
  }

  @Test
  void readsACsvColumnByNameOrNumberAndWritesNdjson() {
    Run byName = Run.of("resolve", "--column", "Affiliation", Run.resource("affiliations.csv"), "--format", "ndjson");
    assertEquals(Collabkit.OK, byName.code(), byName::toString);
    List<JsonNode> rows = byName.out().lines().map(l -> new JsonMapper().readTree(l)).toList();
    assertEquals(2, rows.size());
    assertEquals("lumc", rows.get(0).get("key").asString());
    assertEquals(2, rows.get(0).get("line").asInt());
    assertEquals("umc-utrecht", rows.get(1).get("key").asString());
    assertTrue(rows.get(0).get("identifiers").isArray());
    Run byNumber = Run.of("resolve", "--column", "2", Run.resource("affiliations.csv"), "--format", "ndjson");
    assertEquals(byName.out(), byNumber.out());
  }

  @Test
  void namesEveryOrganizationATextNamesAndTheCandidateNotAccepted() {
    Run run = Run.withInput("Leiden University Medical Center, Leiden; University Medical Center Utrecht, Utrecht\nUniversity Medical Centre Leiden area\n"
        .getBytes(StandardCharsets.UTF_8), "resolve", "--format", "ndjson");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    List<JsonNode> rows = run.out().lines().map(l -> new JsonMapper().readTree(l)).toList();
    JsonNode two = rows.get(0);
    assertEquals("several-named", two.get("status").asString(), two.toString());
    assertEquals(List.of("lumc", "umc-utrecht"), two.get("named").valueStream().map(JsonNode::asString).toList());
    JsonNode below = rows.get(1);
    assertEquals("below-threshold", below.get("status").asString(), below.toString());
    assertEquals("lumc", below.get("candidate").asString());
  }

  @Test
  void readsStandardInputAndKeepsBlankLinesAsRows() {
    Run run = Run.withInput("UMC Utrecht\n\nLeids Universitair Medisch Centrum\n".getBytes(StandardCharsets.UTF_8), "resolve", "-");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    List<List<String>> rows = csv(run);
    assertEquals(List.of("umc-utrecht", "", "lumc"), rows.subList(1, 4).stream().map(r -> r.get(3)).toList());
    assertEquals("empty", rows.get(2).get(2));
  }

  @Test
  void keepsInputOrderAcrossManyBatchesOnSeveralThreads() throws IOException {
    List<String> texts = IntStream.range(0, 20_000) // more than two of the index's chunks of 8,192
        .mapToObj(i -> i % 3 == 0 ? "LUMC " + i : i % 3 == 1 ? "UMC Utrecht " + i : "nowhere " + i).toList();
    Path file = Files.writeString(dir.resolve("many.txt"), String.join("\n", texts) + "\n");
    Run run = Run.of("resolve", file.toString(), "--threads", "3");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    List<List<String>> rows = csv(run);
    assertEquals(texts, rows.subList(1, rows.size()).stream().map(r -> r.get(1)).collect(Collectors.toList()));
    assertEquals(IntStream.rangeClosed(1, texts.size()).mapToObj(Integer::toString).toList(),
        rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
  }

  @Test
  void rejectsInputThatIsNotUtf8WithItsLine() throws IOException {
    Path file = Files.write(dir.resolve("latin1.txt"), "LUMC\nUniversit\u00e9 Paris\n".getBytes(StandardCharsets.ISO_8859_1));
    Run run = Run.of("resolve", file.toString());
    assertEquals(Collabkit.UNUSABLE, run.code(), run::toString);
    assertTrue(run.err().endsWith("collabkit resolve: " + file + ", line 2: not UTF-8 (MalformedInputException)\n"),
        run.err());
  }

  @Test
  void namesAMissingColumnAndTheHeaderItHas() {
    Run run = Run.of("resolve", "--column", "organisation", Run.resource("affiliations.csv"));
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertTrue(run.err().contains("line 1: --column 'organisation': no such column; the header has [id, affiliation,"
        + " note]"), run.err());
  }

  @Test
  void aMissingRegistryIsUnusable() {
    Run run = Run.of("resolve", Run.resource("affiliations.txt"), "--registry", dir.resolve("ror.zip").toString());
    assertEquals(Collabkit.UNUSABLE, run.code());
    assertTrue(run.err().contains("ror.zip: no such file"), run.err());
  }
}
