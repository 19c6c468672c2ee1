-- Seed catalogue (ADR 0030). Sources follow plan 111/KH-UBND section IV and the reconstructed
-- "Kết quả huy động nguồn lực" form of data/SOURCES.md §4; the coordination office adds and retires sources
-- through the API (audited). valid_from 2010-01-01: the national NTM programme began in 2010.
insert into funding_source (code, name_vi, name_en, kind, valuation, quantity_unit, valuation_rule, note, sort_order, valid_from) values
('NSTW_DTPT', 'Ngân sách Trung ương - vốn đầu tư phát triển', 'Central budget - development investment', 'BUDGET', 'CASH', null, null,
 'Chương trình MTQG xây dựng nông thôn mới', 10, '2010-01-01'),
('NSTW_SN', 'Ngân sách Trung ương - vốn sự nghiệp', 'Central budget - recurrent', 'BUDGET', 'CASH', null, null,
 'Chương trình MTQG xây dựng nông thôn mới', 20, '2010-01-01'),
('NS_TINH', 'Ngân sách tỉnh', 'Provincial budget', 'BUDGET', 'CASH', null, null, null, 30, '2010-01-01'),
('NS_HUYEN', 'Ngân sách huyện', 'District budget', 'BUDGET', 'CASH', null, null,
 'No district budget after the district level was abolished on 1 July 2025', 40, '2010-01-01'),
('NS_XA', 'Ngân sách xã', 'Commune budget', 'BUDGET', 'CASH', null, null, null, 50, '2010-01-01'),
('LONG_GHEP', 'Vốn lồng ghép các chương trình, dự án', 'Integrated programmes and projects', 'BUDGET', 'CASH', null, null,
 'State funds of other programmes and projects spent on NTM contents (plan 111 IV.2)', 60, '2010-01-01'),
('TIN_DUNG', 'Vốn tín dụng', 'Credit', 'MOBILISED', 'CASH', null, null, null, 70, '2010-01-01'),
('DOANH_NGHIEP', 'Doanh nghiệp, hợp tác xã', 'Enterprises and cooperatives', 'MOBILISED', 'CASH', null, null, null, 80, '2010-01-01'),
('TO_CHUC_XA_HOI', 'Các tổ chức xã hội, nhà hảo tâm', 'Social organisations and donors', 'MOBILISED', 'CASH', null, null, null, 90, '2010-01-01'),
('CONG_DONG_TIEN', 'Cộng đồng dân cư - tiền mặt', 'Community - cash', 'MOBILISED', 'CASH', null, null, null, 100, '2010-01-01'),
('CONG_DONG_NGAY_CONG', 'Cộng đồng dân cư - ngày công lao động', 'Community - labour days', 'MOBILISED', 'LABOUR_DAYS', 'ngày công',
 'số ngày công × đơn giá ngày công lao động phổ thông do địa phương công bố (labour days × the local day rate)', null, 110, '2010-01-01'),
('CONG_DONG_DAT', 'Cộng đồng dân cư - hiến đất', 'Community - donated land', 'MOBILISED', 'LAND', 'm²',
 'diện tích × giá đất theo Bảng giá đất của UBND tỉnh tại thời điểm hiến (area × the province''s land-price table)', null, 120, '2010-01-01'),
('CONG_DONG_HIEN_VAT', 'Cộng đồng dân cư - hiện vật', 'Community - in kind', 'MOBILISED', 'IN_KIND', null,
 'số lượng × đơn giá thị trường tại địa phương (quantity × local market price, e.g. sand, stone, cement, trees)', null, 130, '2010-01-01'),
('KHAC', 'Nguồn vốn hợp pháp khác', 'Other lawful sources', 'MOBILISED', 'CASH', null, null, null, 140, '2010-01-01');

-- Fields of spending. criterion_code = number of the criterion in the national set 1980/QĐ-TTg (2016-2020);
-- the mapping is reconstructed (no official table links fields to criteria) and editable later.
insert into spending_field (code, name_vi, name_en, parent_code, infrastructure, criterion_code, criterion_basis, sort_order) values
('SAN_XUAT', 'Phát triển sản xuất, nâng cao thu nhập', 'Production and income', null, false, '10', 'reconstructed: criterion 10 Thu nhập (also 13 Tổ chức sản xuất)', 10),
('CANH_QUAN_MOI_TRUONG', 'Cảnh quan, môi trường nông thôn', 'Landscape and environment', null, false, '17', 'reconstructed: criterion 17 Môi trường và an toàn thực phẩm', 20),
('VAN_HOA', 'Văn hóa', 'Culture', null, false, '16', 'reconstructed: criterion 16 Văn hóa', 30),
('AN_NINH_TRAT_TU', 'An ninh, trật tự xã hội', 'Security and order', null, false, '19', 'reconstructed: criterion 19 Quốc phòng và An ninh', 40),
('GIAO_DUC', 'Giáo dục và đào tạo', 'Education and training', null, false, '14', 'reconstructed: criterion 14 Giáo dục và Đào tạo', 50),
('Y_TE', 'Y tế', 'Health', null, false, '15', 'reconstructed: criterion 15 Y tế', 60),
('HANH_CHINH_CONG', 'Hệ thống chính trị, hành chính công', 'Political system and public administration', null, false, '18', 'reconstructed: criterion 18 Hệ thống chính trị và tiếp cận pháp luật', 70),
('HA_TANG', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure', null, true, null, null, 100),
('HT_GIAO_THONG', 'Giao thông', 'Transport', 'HA_TANG', true, '2', 'reconstructed: criterion 2 Giao thông', 110),
('HT_THUY_LOI', 'Thủy lợi', 'Irrigation', 'HA_TANG', true, '3', 'reconstructed: criterion 3 Thủy lợi', 120),
('HT_DIEN', 'Điện', 'Electricity', 'HA_TANG', true, '4', 'reconstructed: criterion 4 Điện', 130),
('HT_TRUONG_HOC', 'Trường học', 'Schools', 'HA_TANG', true, '5', 'reconstructed: criterion 5 Trường học', 140),
('HT_VAN_HOA', 'Cơ sở vật chất văn hóa', 'Cultural facilities', 'HA_TANG', true, '6', 'reconstructed: criterion 6 Cơ sở vật chất văn hóa', 150),
('HT_THUONG_MAI', 'Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure', 'HA_TANG', true, '7', 'reconstructed: criterion 7 Cơ sở hạ tầng thương mại nông thôn', 160),
('HT_THONG_TIN', 'Thông tin và truyền thông', 'Information and communication', 'HA_TANG', true, '8', 'reconstructed: criterion 8 Thông tin và Truyền thông', 170),
('HT_NHA_O', 'Nhà ở dân cư', 'Housing', 'HA_TANG', true, '9', 'reconstructed: criterion 9 Nhà ở dân cư', 180),
('HT_Y_TE', 'Trạm y tế', 'Health stations', 'HA_TANG', true, '15', 'reconstructed: criterion 15 Y tế', 190),
('HT_MOI_TRUONG', 'Hạ tầng môi trường (cấp nước, thu gom xử lý rác thải)', 'Environmental infrastructure (water, waste)', 'HA_TANG', true, '17', 'reconstructed: criterion 17 Môi trường và an toàn thực phẩm', 200),
('KHAC', 'Nội dung khác', 'Other', null, false, null, null, 900);

insert into infrastructure_guidance (id, plan_words, max_share_percent, version) values
(1, 'Kế hoạch 111/KH-UBND, mục IV.1: các huyện, thành phố ưu tiên bố trí tập trung nguồn vốn cho lĩnh vực phát triển sản xuất, nâng cao thu nhập cho người dân, xây dựng cảnh quan, môi trường nông thôn sáng - xanh - sạch - đẹp, giữ gìn và phát huy bản sắc văn hóa truyền thống địa phương, bảo đảm an ninh trật tự...; ngoài ra bố trí một phần vốn để nâng cấp, hoàn thiện các tiêu chí nhóm hạ tầng kinh tế - xã hội nông thôn để đạt chuẩn theo quy định.',
 null, 0);
