package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Dao} interface and the methods to implement.
 *
 * @param dao the interface
 * @param methods the abstract methods, in declaration order
 * @param element the interface: originating element of the generated implementation
 */
public record DaoModel(ClassName dao, List<DaoMethodModel> methods, TypeElement element) {
  public DaoModel {
    methods = List.copyOf(methods);
  }
}
