package dev.augur.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A module of the reactor, as its pom declares it. */
final class Module {
  final String directory;
  final String artifactId;
  final String packaging;
  final String version;
  final boolean deployed;

  private Module(String directory, Element project) {
    this.directory = directory;
    this.artifactId = child(project, "artifactId");
    String declared = child(project, "packaging");
    this.packaging = declared == null ? "jar" : declared;
    String own = child(project, "version");
    this.version = own != null ? own : child(childElement(project, "parent"), "version");
    Element properties = childElement(project, "properties");
    this.deployed = properties == null
        || !"true".equals(child(properties, "maven.deploy.skip"));
  }

  /** Every module the root pom lists, in its order. */
  static List<Module> all(Path root) throws Exception {
    Element project = parse(root.resolve("pom.xml"));
    List<Module> modules = new ArrayList<>();
    for (Element module : children(childElement(project, "modules"), "module")) {
      String directory = module.getTextContent().trim();
      modules.add(new Module(directory, parse(root.resolve(directory).resolve("pom.xml"))));
    }
    return modules;
  }

  /** The modules of {@code artifactIds} that build jars. */
  static List<Module> jars(Path root, Set<String> artifactIds) throws Exception {
    return all(root).stream()
        .filter(m -> artifactIds.contains(m.artifactId) && m.packaging.equals("jar"))
        .toList();
  }

  Path jar(Path root, String classifier) {
    return root.resolve(directory).resolve("target")
        .resolve(artifactId + "-" + version + classifier + ".jar");
  }

  static Element parse(Path pom) throws Exception {
    if (!Files.isRegularFile(pom)) {
      throw new IOException("no pom at " + pom);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  static Element childElement(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  static String child(Element parent, String name) {
    Element element = childElement(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
