package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM has no parent, so it repeats the parent's Central metadata and plugin versions; this keeps
 * the copies in step, and checks that it pins exactly the published artifacts.
 */
class BomPomTest {

  private static Element pom(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(Build.root().resolve(path).toFile());
    return document.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static List<Element> all(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextContent().replaceAll("\\s+", " ").strip();
  }

  @Test
  void bomHasNoParentAndTheParentsVersion() throws Exception {
    Element bom = pom("bom/pom.xml");
    assertEquals(null, child(bom, "parent"), "importing the BOM would import the parent's dependencyManagement");
    assertEquals(text(child(pom("pom.xml"), "version")), text(child(bom, "version")));
  }

  @Test
  void bomRepeatsTheCentralMetadataOfTheParent() throws Exception {
    Element bom = pom("bom/pom.xml");
    Element parent = pom("pom.xml");
    for (String element : List.of("url", "licenses", "developers", "scm", "issueManagement", "inceptionYear")) {
      assertNotNull(child(parent, element), element);
      assertEquals(text(child(parent, element)), text(child(bom, element)), element);
    }
    for (String element : List.of("name", "description")) {
      assertFalse(text(child(bom, element)).isEmpty(), element);
    }
    Element properties = child(bom, "properties");
    assertEquals(text(child(child(parent, "properties"), "project.build.outputTimestamp")),
        text(child(properties, "project.build.outputTimestamp")));
  }

  @Test
  void bomPinsExactlyThePublishedArtifactsAtItsOwnVersion() throws Exception {
    Element managed = child(child(pom("bom/pom.xml"), "dependencyManagement"), "dependencies");
    Map<String, String> pinned = new TreeMap<>();
    for (Element dependency : all(managed, "dependency")) {
      pinned.put(text(child(dependency, "groupId")) + ":" + text(child(dependency, "artifactId")),
          text(child(dependency, "version")));
    }
    assertEquals(Map.of("io.github.collabkit:collabkit-core", "${project.version}",
        "io.github.collabkit:collabkit-json", "${project.version}",
        "io.github.collabkit:collabkit-spark", "${project.version}"), pinned);
  }

  @Test
  void bomUsesTheParentsPluginVersions() throws Exception {
    Map<String, String> parentVersions = new TreeMap<>();
    for (Element plugin : all(child(child(pom("pom.xml"), "build"), "pluginManagement"), "plugin")) {
      if (child(plugin, "version") != null) {
        parentVersions.put(text(child(plugin, "artifactId")), text(child(plugin, "version")));
      }
    }
    int checked = 0;
    for (Element plugin : all(pom("bom/pom.xml"), "plugin")) {
      String artifactId = text(child(plugin, "artifactId"));
      assertEquals(parentVersions.get(artifactId), text(child(plugin, "version")), artifactId);
      checked++;
    }
    assertEquals(7, checked, "clean, deploy and site (the lifecycle of a pom packaging, which an old Maven would "
        + "otherwise pick), flatten, install, gpg and central-publishing");
  }

  @Test
  void publishedModulesDeclareOrInheritWhatCentralRequires() throws Exception {
    Element parent = pom("pom.xml");
    for (String module : List.of("core", "json", "spark")) {
      Element pom = pom(module + "/pom.xml");
      assertEquals("collabkit-parent", text(child(child(pom, "parent"), "artifactId")), module);
      for (String element : List.of("name", "description")) {
        assertFalse(text(child(pom, element)).isEmpty(), module + " " + element);
      }
      for (String element : List.of("url", "licenses", "developers", "scm", "issueManagement")) {
        assertNotNull(child(pom, element) != null ? child(pom, element) : child(parent, element), module + " " + element);
      }
    }
    for (String element : List.of("name", "description", "url", "licenses", "developers", "scm", "issueManagement")) {
      assertNotNull(child(parent, element), "parent " + element);
    }
  }

  @Test
  void consumerIsNotAReactorModule() throws Exception {
    for (Element module : all(pom("pom.xml"), "module")) {
      assertFalse(text(module).contains("consumer"), text(module));
    }
  }
}
