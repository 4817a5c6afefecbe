// #/platform/members: the platform's own members, national analysts and platform admins (平台运维),
// on the page the region admins use for their tenant's.
import { membersPage } from './members.js';
import { PLATFORM_SCOPE } from './member-forms.js';

export default membersPage(PLATFORM_SCOPE);
