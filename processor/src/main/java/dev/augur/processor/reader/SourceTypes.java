package dev.augur.processor.reader;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Types as the source writes them. javac models a type that does not resolve as {@code <any>};
 * its syntax tree still holds the name, which is what a message about a missing library needs.
 * Other compilers, without javac's tree API, give an empty string.
 */
public final class SourceTypes {
  private SourceTypes() {}

  /** A method's return type as written, or empty when the compiler cannot tell. */
  public static Function<ExecutableElement, String> writer(ProcessingEnvironment environment) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError e) {
      return method -> "";
    }
    return method -> {
      MethodTree tree = trees.getTree(method);
      return tree == null || tree.getReturnType() == null ? "" : tree.getReturnType().toString();
    };
  }
}
