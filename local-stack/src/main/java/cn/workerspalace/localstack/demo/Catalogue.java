package cn.workerspalace.localstack.demo;

import java.util.List;

/** What the demo palaces teach, and the names their workers carry. */
final class Catalogue {

    record Category(String name, List<String> titles) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("书法", List.of("硬笔书法入门", "软笔楷书基础")),
            new Category("摄影", List.of("手机摄影技巧", "数码摄影进阶")),
            new Category("舞蹈", List.of("民族舞基础", "广场舞编排与展演")),
            new Category("声乐", List.of("合唱基础训练", "民族唱法入门")),
            new Category("器乐", List.of("古筝入门", "葫芦丝初级", "吉他弹唱")),
            new Category("瑜伽", List.of("瑜伽初级", "职场肩颈瑜伽")),
            new Category("八段锦", List.of("健身气功·八段锦")),
            new Category("太极拳", List.of("二十四式太极拳")),
            new Category("茶艺", List.of("茶艺与茶文化", "鲁茶品鉴")),
            new Category("插花", List.of("花艺插花基础")),
            new Category("烘焙", List.of("家庭烘焙入门")),
            new Category("绘画", List.of("国画花鸟入门", "素描基础")),
            new Category("剪纸", List.of("非遗剪纸技艺")),
            new Category("电工技能", List.of("低压电工作业取证培训", "电工技能提升")),
            new Category("焊工", List.of("焊工技能培训（熔化焊接与热切割）")),
            new Category("育婴", List.of("育婴员（五级）培训")),
            new Category("家政", List.of("家政服务员培训")),
            new Category("养老护理", List.of("养老护理员培训")),
            new Category("中式烹调", List.of("中式烹调师技能培训")),
            new Category("中式面点", List.of("中式面点师培训")),
            new Category("办公软件", List.of("Office 办公软件实操", "Excel 数据处理与图表")),
            new Category("短视频制作", List.of("短视频拍摄与剪辑")),
            new Category("直播电商", List.of("直播电商运营实务")),
            new Category("电子商务", List.of("农村电商实务")),
            new Category("人工智能应用", List.of("AI 工具办公应用")),
            new Category("心理健康", List.of("职工心理健康讲座", "情绪管理与压力疏导")),
            new Category("急救", List.of("红十字救护员培训", "心肺复苏与 AED 使用")),
            new Category("英语口语", List.of("职场英语口语")),
            new Category("普通话", List.of("普通话水平提升")),
            new Category("法律知识", List.of("劳动法律知识讲座")),
            new Category("家庭理财", List.of("家庭理财常识")),
            new Category("叉车", List.of("叉车司机技能培训")),
            new Category("汽车维修", List.of("汽车维修基础")),
            new Category("美容美发", List.of("美发技能培训")),
            new Category("手工编织", List.of("手工编织与布艺")),
            new Category("朗诵", List.of("朗诵与主持")));

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
            + "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷";

    static final String GIVEN_NAME_CHARACTERS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国"
            + "志宏俊峰凤梅琳雪晨浩然宇欣怡思雨佳振海燕德庆春晓东立新";

    static final List<String> STREETS = List.of("人民路", "解放路", "建设路", "文化路", "和平路", "胜利街", "中山路",
            "泰山路", "黄河路", "青年路");

    static final List<String> CANCELLATION_REASONS = List.of("场地检修，本期停办", "授课教师临时调整，另行通知",
            "报名不足，合并至下期");

    private Catalogue() {
    }
}
