package org.shequ.server.web;

import java.io.DataInput;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/** The JSON factory of Shequ's mapper: every parser it makes is a {@link CheckedJsonParser}. */
final class CheckedJsonFactory extends JsonFactory {

  CheckedJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private CheckedJsonFactory(CheckedJsonFactory source) {
    super(source);
  }

  @Override
  public CheckedJsonFactory copy() {
    return new CheckedJsonFactory(this);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext read, IOContext io, InputStream in) {
    return new CheckedJsonParser(super._createParser(read, io, in));
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext read, IOContext io, Reader r) {
    return new CheckedJsonParser(super._createParser(read, io, r));
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext read, IOContext io, char[] data, int offset, int len, boolean recycle) {
    return new CheckedJsonParser(super._createParser(read, io, data, offset, len, recycle));
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext read, IOContext io, byte[] data, int offset, int len) {
    return new CheckedJsonParser(super._createParser(read, io, data, offset, len));
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext read, IOContext io, DataInput input) {
    return new CheckedJsonParser(super._createParser(read, io, input));
  }
}
