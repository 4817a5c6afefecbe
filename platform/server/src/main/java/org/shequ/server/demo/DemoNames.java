package org.shequ.server.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible but invented place names (two syllables and a suffix such as 社区 or 村), in Chinese and
 * pinyin. Names are unique among the children of one parent.
 */
final class DemoNames {
  private DemoNames() {}

  /** Chinese syllables common in place names, with their pinyin. */
  private static final String[][] SYLLABLES = {
    {"东", "Dong"}, {"西", "Xi"}, {"南", "Nan"}, {"北", "Bei"}, {"新", "Xin"}, {"青", "Qing"},
    {"白", "Bai"}, {"梅", "Mei"}, {"桃", "Tao"}, {"柳", "Liu"}, {"云", "Yun"}, {"龙", "Long"},
    {"凤", "Feng"}, {"金", "Jin"}, {"石", "Shi"}, {"江", "Jiang"}, {"湖", "Hu"}, {"山", "Shan"},
    {"溪", "Xi"}, {"安", "An"}, {"平", "Ping"}, {"和", "He"}, {"兴", "Xing"}, {"华", "Hua"},
    {"阳", "Yang"}, {"林", "Lin"}, {"河", "He"}, {"桥", "Qiao"}, {"塘", "Tang"}, {"泉", "Quan"},
    {"松", "Song"}, {"竹", "Zhu"}, {"荷", "He"}, {"丰", "Feng"}, {"宁", "Ning"}, {"康", "Kang"},
    {"乐", "Le"}, {"长", "Chang"}, {"湾", "Wan"}, {"港", "Gang"}, {"园", "Yuan"}, {"明", "Ming"}
  };

  /** Localised suffix of a kind of unit, e.g. 社区 / Community. */
  record Suffix(String zh, String en) {}

  static final Suffix COMMUNITY = new Suffix("社区", "Community");
  static final Suffix VILLAGE = new Suffix("村", "Village");
  static final Suffix STREET = new Suffix("街道", "Subdistrict");
  static final Suffix TOWN = new Suffix("镇", "Town");
  static final Suffix DISTRICT = new Suffix("区", "District");
  static final Suffix COUNTY = new Suffix("县", "County");

  /** A name source for the children of one parent: never the same pair of syllables twice. */
  static final class Picker {
    private final List<int[]> pairs = new ArrayList<>();
    private int next;

    Picker(SplittableRandom random) {
      for (int a = 0; a < SYLLABLES.length; a++) {
        for (int b = 0; b < SYLLABLES.length; b++) {
          if (a != b) {
            pairs.add(new int[] {a, b});
          }
        }
      }
      for (int i = pairs.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int[] t = pairs.get(i);
        pairs.set(i, pairs.get(j));
        pairs.set(j, t);
      }
    }

    /** The next name: {zh, en}, each labelled as synthetic. */
    String[] next(Suffix suffix) {
      int[] p = pairs.get(next++ % pairs.size());
      String zh = SYLLABLES[p[0]][0] + SYLLABLES[p[1]][0] + suffix.zh();
      String en =
          SYLLABLES[p[0]][1]
              + SYLLABLES[p[1]][1].toLowerCase(java.util.Locale.ROOT)
              + " "
              + suffix.en();
      return labelled(zh, en);
    }
  }

  /** Appends the labels every synthetic name carries. */
  static String[] labelled(String zh, String en) {
    return new String[] {zh + DemoRegion.LABEL_ZH, en + DemoRegion.LABEL_EN};
  }
}
